package org.vfmworkbook.nationaldata;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import org.vfmworkbook.security.Access;
import org.vfmworkbook.security.Permission;

/**
 * Imports a published file uploaded by an administrator (a new year's ASC-FR/SALT workbook, say): the body is
 * the file itself. All or nothing: a rejected file answers 422 with every problem, and nothing is stored.
 */
@Access(Permission.ADMINISTRATOR)
@Path("/api/admin/national-data")
public class NationalDataAdminResource {

    private final NationalDataImporter importer;

    NationalDataAdminResource(NationalDataImporter importer) {
        this.importer = importer;
    }

    public record Rejection(int status, String message, List<Problem> problems) {}

    public record Problem(String file, String sheet, Integer row, String column, String message, String description) {}

    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import one published file, replacing any earlier import of the same kind and year")
    public ImportResult importFile(
            @QueryParam("kind") String kind,
            @QueryParam("fileName") String fileName,
            @QueryParam("year") String year,
            byte[] content) {
        if (fileName == null || fileName.isBlank()) {
            throw new NationalDataImportException(
                    List.of(
                            ImportProblem.inFile(
                                    "(no file name)",
                                    "give the file's name in the fileName parameter, e.g. fileName=ASCFR and SALT Data Tables 2022-23.xlsx")));
        }
        return importer.importFile(kind(kind, fileName), fileName, content, year);
    }

    static DatasetKind kind(String kind, String fileName) {
        try {
            return DatasetKind.valueOf(kind.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (RuntimeException e) {
            throw new NationalDataImportException(List.of(ImportProblem.inFile(
                    fileName, "unknown kind of file \"" + kind + "\": expected one of " + kindNames())));
        }
    }

    /** The kinds as they are typed: {@code ascfr-salt, imd, …}, from the enum so a new kind is never missing from the message. */
    static String kindNames() {
        return java.util.Arrays.stream(DatasetKind.values())
                .map(k -> k.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    @ServerExceptionMapper
    public Response rejected(NationalDataImportException e) {
        List<Problem> problems = e.problems().stream()
                .map(p -> new Problem(p.file(), p.sheet(), p.row(), p.column(), p.message(), p.describe()))
                .toList();
        String message = "The file was rejected and nothing was imported: " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems");
        return Response.status(422)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Rejection(422, message, problems))
                .build();
    }
}
