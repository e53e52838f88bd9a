package org.vfmworkbook.workbook;

/** Reads the optional detail of a fiscal return from the action form: overheads, pilot and service sizes, basis. */
final class FiscalDetailForm {

    private FiscalDetailForm() {}

    static FiscalDetail parse(
            FormValues form,
            String overheads,
            String pilotPeople,
            String servicePeople,
            String basis,
            String businessAsUsual,
            FormNumbers.Errors errors) {
        Long overhead = FormNumbers.wholePounds(form, overheads, "the annual overheads", false, false, errors);
        Integer pilot = people(form, pilotPeople, "the number of people in the pilot", errors);
        Integer service = people(form, servicePeople, "the number of people in the whole service", errors);
        if (pilot != null && service == null && form.text(servicePeople) == null) {
            errors.add(servicePeople, "Enter the number of people in the whole service, to scale the pilot up");
        } else if (service != null && pilot == null && form.text(pilotPeople) == null) {
            errors.add(pilotPeople, "Enter the number of people in the pilot, to scale it up to the whole service");
        } else if (pilot != null && service != null && service < pilot) {
            errors.add(
                    servicePeople,
                    "The number of people in the whole service must be at least the number in the pilot");
            service = null;
        }
        FiscalDetail.Basis chosen = null;
        String raw = form.text(basis);
        if (raw != null) {
            chosen = FiscalDetail.Basis.parse(raw);
            if (chosen == null) {
                errors.add(basis, "Select whether the figures are estimated or actual");
            }
        }
        Long usual = FormNumbers.wholePounds(
                form, businessAsUsual, "the yearly cost of the service if nothing changes", false, false, errors);
        return new FiscalDetail(overhead, pilot, service, chosen, usual);
    }

    private static Integer people(FormValues form, String field, String label, FormNumbers.Errors errors) {
        String raw = form.text(field);
        if (raw == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(raw.replace(",", "").strip());
            if (n >= 1 && n <= 10_000_000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(field, FormNumbers.capitalise(label) + " must be a whole number of 1 or more, like 150");
        return null;
    }
}
