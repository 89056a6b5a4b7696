package se.telefonpolicy.compliance.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import se.telefonpolicy.compliance.domain.ReportFigures;
import se.telefonpolicy.platform.csv.SpreadsheetCsv;

/**
 * The report as a spreadsheet (platform's {@link SpreadsheetCsv}: semicolons, a UTF-8 BOM) with Swedish headers
 * and decimal commas, so that Excel set to Swedish opens it as it is. One header row and one row of figures.
 */
final class ReportCsv {

    static final String MEDIA_TYPE = SpreadsheetCsv.MEDIA_TYPE;

    private ReportCsv() {
    }

    static String of(UnitReport r) {
        ReportFigures f = r.figures();
        List<String[]> columns = new ArrayList<>();
        columns.add(new String[] { "Enhet", r.unitId() });
        columns.add(new String[] { "Enhetens namn", r.unitName() });
        columns.add(new String[] { "Med underenheter", r.subunits() ? "ja" : "nej" });
        columns.add(new String[] { "Från och med", r.from().toString() });
        columns.add(new String[] { "Till och med", r.to().toString() });
        columns.add(new String[] { "Återuppringningar totalt", number(f.callbacksTotal()) });
        columns.add(new String[] { "Återuppringda i tid", number(f.callbacksOnTime()) });
        columns.add(new String[] { "Återuppringda för sent", number(f.callbacksLate()) });
        columns.add(new String[] { "Fortfarande försenade", number(f.callbacksStillOverdue()) });
        columns.add(new String[] { "Median tid till återuppringning (arbetstimmar)", decimal(f.medianWorkingHoursToCallback()) });
        columns.add(new String[] { "90:e percentil tid till återuppringning (arbetstimmar)", decimal(f.p90WorkingHoursToCallback()) });
        columns.add(new String[] { "Utlovade återuppringningar", number(f.promisesTotal()) });
        columns.add(new String[] { "Hållna löften", number(f.promisesKept()) });
        columns.add(new String[] { "Hänvisningar utan återkomsttid", number(f.diversionsWithoutReturnTime()) });
        columns.add(new String[] { "Inaktuella hänvisningar", number(f.staleDiversions()) });
        columns.add(new String[] { "Täckningsgrad servicefunktion", decimal(f.serviceDeskCoverageRatio()) });
        columns.add(new String[] { "Medarbetare med katalogproblem", number(f.directoryProblems()) });
        columns.add(new String[] { "Röstbrevlåda ej aktiverad", number(f.voicemailProblems()) });
        columns.add(new String[] { "Hälsningsfras saknas eller för lång", number(f.greetingProblems()) });
        columns.add(new String[] { "Ofullständiga eller obekräftade uppgifter", number(f.directoryCorrectProblems()) });
        // calls are counted by their first leg, and each leg of a transferred call on its own
        columns.add(new String[] { "Erbjudna samtal (första ben)", number(f.callsOffered()) });
        columns.add(new String[] { "Besvarade samtal (första ben)", number(f.callsAnswered()) });
        columns.add(new String[] { "Missade samtal (första ben)", number(f.callsMissed()) });
        columns.add(new String[] { "Svarsfrekvens (första ben)", decimal(f.answerRate()) });
        columns.add(new String[] { "Erbjudna samtalsben", number(f.legsOffered()) });
        columns.add(new String[] { "Besvarade samtalsben", number(f.legsAnswered()) });
        columns.add(new String[] { "Missade samtalsben", number(f.legsMissed()) });
        columns.add(new String[] { "Svarsfrekvens per samtalsben", decimal(f.legAnswerRate()) });
        columns.add(new String[] { "Kopplade tre gånger eller fler", number(f.bouncedCalls()) });
        return SpreadsheetCsv.of(columns.stream().map(c -> c[0]).toList(),
                List.of(columns.stream().map(c -> c[1]).toList()));
    }

    private static String number(long value) {
        return Long.toString(value);
    }

    /** Swedish decimal comma; empty when there is no figure (nothing to compute it from). */
    private static String decimal(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%s", value).replace('.', ',');
    }
}
