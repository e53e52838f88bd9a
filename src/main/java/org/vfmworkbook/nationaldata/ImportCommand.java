package org.vfmworkbook.nationaldata;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code import <kind> <file> [year]} from the command line: the same all-or-nothing import as the admin
 * endpoint. Exit codes: 0 imported, 1 rejected (every problem printed), 2 usage.
 */
@ApplicationScoped
public class ImportCommand {

    static final String USAGE =
            "usage: import <" + NationalDataAdminResource.kindNames().replace(", ", "|") + "> <file> [year]";

    private final NationalDataImporter importer;

    ImportCommand(NationalDataImporter importer) {
        this.importer = importer;
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 3 || args.length > 4) {
            err.println(USAGE);
            return 2;
        }
        Path file = Path.of(args[2]);
        try {
            byte[] content = Files.readAllBytes(file);
            ImportResult result = importer.importFile(
                    NationalDataAdminResource.kind(args[1], file.getFileName().toString()),
                    file.getFileName().toString(),
                    content,
                    args.length == 4 ? args[3] : null);
            out.printf(
                    "Imported %s %s from %s: %d figures%s%n",
                    result.kind(),
                    result.year(),
                    result.fileName(),
                    result.observations(),
                    result.replacedEarlierImport() ? " (replacing the earlier import)" : "");
            return 0;
        } catch (IOException e) {
            err.println(file + ": cannot be read: " + e.getMessage());
            return 1;
        } catch (NationalDataImportException e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
