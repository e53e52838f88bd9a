package org.vfmworkbook;

import jakarta.inject.Inject;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

import org.vfmworkbook.nationaldata.ImportCommand;

/** Runs the web app, or with {@code import <kind> <file> [year]} imports one published file and exits. */
@QuarkusMain
public class VfmWorkbookMain implements QuarkusApplication {

    @Inject
    ImportCommand importCommand;

    @Override
    public int run(String... args) {
        if (args.length > 0 && args[0].equals("import")) {
            return importCommand.run(args, System.out, System.err);
        }
        Quarkus.waitForExit();
        return 0;
    }
}
