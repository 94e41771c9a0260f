package io.facescribe.dataset.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facescribe.attributes.AttributeNames;
import io.facescribe.dataset.AtomicFiles;
import io.facescribe.dataset.Records;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * {@code faces.parquet}: one row per face of every kept image — the image (path, name, sha256, size), the
 * face's box, measurements with confidences, pose, quality, its captions (a list column and the first as
 * {@code caption}) and the 40 CelebA attributes as probability columns named as in CelebA.
 */
final class ParquetExport implements Export {

    static final String FILE = "faces.parquet";
    static final MessageType SCHEMA = schema();

    @Override
    public String format() {
        return "parquet";
    }

    private static MessageType schema() {
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (String s : new String[] {"path", "name", "sha256"}) {
            b.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(s);
        }
        for (String s : new String[] {"image_width", "image_height", "face", "faces_in_image", "box_x", "box_y",
                "box_width", "box_height", "face_size"}) {
            b.required(PrimitiveTypeName.INT32).named(s);
        }
        b.required(PrimitiveTypeName.DOUBLE).named("score");
        for (String s : new String[] {"gender", "ethnicity", "emotion"}) {
            b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(s);
            b.optional(PrimitiveTypeName.DOUBLE).named(s + "_confidence");
        }
        for (String s : new String[] {"age", "age_low", "age_high", "yaw", "pitch", "roll", "sharpness"}) {
            b.optional(PrimitiveTypeName.DOUBLE).named(s);
        }
        b.required(PrimitiveTypeName.BOOLEAN).named("blurry");
        b.required(PrimitiveTypeName.BOOLEAN).named("black_and_white");
        b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("caption");
        b.optionalList().optionalElement(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
                .named("captions");
        for (String a : AttributeNames.ALL) {
            b.optional(PrimitiveTypeName.DOUBLE).named(a);
        }
        return b.named("face");
    }

    @Override
    public long write(Path dir) throws IOException {
        Path target = dir.resolve(FILE);
        Path tmp = AtomicFiles.temporary(target);
        SimpleGroupFactory groups = new SimpleGroupFactory(SCHEMA);
        long n = 0;
        try (Stream<ObjectNode> records = Records.stream(dir);
             ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(tmp))
                     .withType(SCHEMA).withCompressionCodec(CompressionCodecName.SNAPPY)
                     .withConf(new org.apache.hadoop.conf.Configuration(false)).build()) {
            Iterator<ObjectNode> it = records.filter(Records::kept).iterator();
            while (it.hasNext()) {
                ObjectNode r = it.next();
                JsonNode faces = r.path("faces");
                for (int i = 0; i < faces.size(); i++) {
                    writer.write(row(groups.newGroup(), r, faces.get(i), i, faces.size()));
                    n++;
                }
            }
        }
        AtomicFiles.commit(tmp, target);
        return n;
    }

    private static Group row(Group g, ObjectNode r, JsonNode f, int index, int count) {
        g.add("path", r.path("path").asText());
        g.add("name", r.path("name").asText());
        g.add("sha256", r.path("sha256").asText());
        g.add("image_width", r.path("width").asInt());
        g.add("image_height", r.path("height").asInt());
        g.add("face", index);
        g.add("faces_in_image", count);
        JsonNode box = f.path("box");
        g.add("box_x", box.path("x").asInt());
        g.add("box_y", box.path("y").asInt());
        g.add("box_width", box.path("width").asInt());
        g.add("box_height", box.path("height").asInt());
        g.add("face_size", f.path("quality").path("faceSize").asInt());
        g.add("score", f.path("score").asDouble());
        label(g, "gender", f.path("gender"), "label");
        label(g, "ethnicity", f.path("ethnicity"), "label");
        label(g, "emotion", f.path("emotion"), "dominant");
        number(g, "age", f.path("age").path("years"));
        number(g, "age_low", f.path("age").path("low"));
        number(g, "age_high", f.path("age").path("high"));
        number(g, "yaw", f.path("pose").path("yaw"));
        number(g, "pitch", f.path("pose").path("pitch"));
        number(g, "roll", f.path("pose").path("roll"));
        number(g, "sharpness", f.path("quality").path("sharpness"));
        g.add("blurry", f.path("quality").path("blurry").asBoolean());
        g.add("black_and_white", f.path("quality").path("blackAndWhite").asBoolean());
        JsonNode captions = f.path("captions");
        if (captions.size() > 0) {
            g.add("caption", captions.get(0).path("text").asText());
            Group list = g.addGroup("captions");
            captions.forEach(c -> list.addGroup("list").add("element", c.path("text").asText()));
        }
        JsonNode attributes = f.path("attributes");
        for (String a : AttributeNames.ALL) {
            number(g, a, attributes.path(a));
        }
        return g;
    }

    private static void label(Group g, String column, JsonNode node, String field) {
        if (node.has(field)) {
            g.add(column, node.get(field).asText());
            number(g, column + "_confidence", node.path("confidence"));
        }
    }

    private static void number(Group g, String column, JsonNode v) {
        if (v.isNumber()) {
            g.add(column, v.asDouble());
        }
    }
}
