package org.vfmworkbook.workbook;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.vfmworkbook.security.Access;
import org.vfmworkbook.security.Permission;
import org.vfmworkbook.steps.DataAudit;
import org.vfmworkbook.web.FieldError;
import org.vfmworkbook.web.FormErrors;

/**
 * A step's data audit (step 13): save the practices, save the definitions check. On a problem the step page comes back with the
 * person's input kept: 422 with the errors, or 409 naming the items someone else changed since the page was shown, their answers
 * beside the form; on success back to the section (303). A signed-off workbook refuses both (403).
 */
@Access(Permission.EDIT_WORKBOOK)
@Path("/workbooks/{id}/steps/{stepId}")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class DataAuditPages {

    private final StepPages stepPages;
    private final DataAuditService audits;

    DataAuditPages(StepPages stepPages, DataAuditService audits) {
        this.stepPages = stepPages;
        this.audits = audits;
    }

    @POST
    @Path("data-audit")
    public Response savePractices(
            @PathParam("id") long id, @PathParam("stepId") String stepId, MultivaluedMap<String, String> fields) {
        FormValues form = FormValues.of(fields);
        DataAudit audit = audits.editableAudit(id, stepId);
        return save(id, stepId, form, DataAuditForm.practices(audit, form), "data-audit");
    }

    @POST
    @Path("definitions-check")
    public Response saveDefinitions(
            @PathParam("id") long id, @PathParam("stepId") String stepId, MultivaluedMap<String, String> fields) {
        FormValues form = FormValues.of(fields);
        DataAudit audit = audits.editableAudit(id, stepId);
        return save(id, stepId, form, DataAuditForm.definitions(audit, form), "definitions-check");
    }

    private Response save(long id, String stepId, FormValues form, DataAuditForm.Parsed parsed, String anchor) {
        if (parsed.errors().isPresent()) {
            return again(id, stepId, 422, form, parsed.errors(), List.of());
        }
        List<DataAuditInput> conflicts = audits.save(id, stepId, parsed.inputs());
        if (!conflicts.isEmpty()) {
            FormErrors errors = FormErrors.none();
            for (DataAuditInput conflict : conflicts) {
                String field = DataAuditForm.firstField(conflict);
                errors = errors.with(new FieldError(
                        field,
                        "Someone else changed this answer after you opened the page. Their answer is shown above yours:"
                                + " check both, then save again to keep yours",
                        "#" + field));
            }
            return again(id, stepId, 409, form, errors, conflicts);
        }
        return Response.seeOther(URI.create("/workbooks/" + id + "/steps/" + stepId + "#" + anchor))
                .build();
    }

    private Response again(
            long id, String stepId, int status, FormValues form, FormErrors errors, List<DataAuditInput> conflicts) {
        var submitted = new StepPageBuilder.Submitted(
                FormValues.none(),
                FormValues.none(),
                null,
                FormValues.none(),
                errors,
                new DataAuditViews.Submission(form, conflicts));
        return Response.status(status)
                .type(MediaType.TEXT_HTML)
                .entity(stepPages.render(id, stepId, submitted, null))
                .build();
    }
}
