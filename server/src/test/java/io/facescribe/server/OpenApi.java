package io.facescribe.server;

import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;

/** Checks a response against the schemas of the server's own /openapi.json (the copy in its jar). */
final class OpenApi {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            b -> b.metaSchema(OpenApi31.getInstance()).defaultMetaSchemaIri(OpenApi31.getInstance().getIri()));

    private OpenApi() {
    }

    /** @throws AssertionError listing what does not match */
    static void check(JsonNode value, String schemaName) {
        JsonSchema schema = FACTORY.getSchema(
                SchemaLocation.of("classpath:io/facescribe/server/openapi.json#/components/schemas/" + schemaName));
        Set<ValidationMessage> errors = schema.validate(value);
        if (!errors.isEmpty()) {
            throw new AssertionError("response does not match " + schemaName + " of openapi.json: "
                    + errors.stream().map(ValidationMessage::getMessage).collect(Collectors.joining("; ")));
        }
    }
}
