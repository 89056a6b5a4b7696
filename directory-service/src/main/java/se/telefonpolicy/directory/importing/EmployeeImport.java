package se.telefonpolicy.directory.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import se.telefonpolicy.directory.domain.EmployeeImportRules;
import se.telefonpolicy.directory.domain.HrRow;
import se.telefonpolicy.directory.persistence.EmployeeRepository;
import se.telefonpolicy.directory.persistence.ImportJobRepository.RejectedRow;

/**
 * Streams an HR file through {@link ImportBatch}: rows are read one at a time and written in batches,
 * so the file's size does not matter. An HR id met again later in the file is rejected there. A full
 * import then deactivates the active employees with an HR id the file did not mention at all.
 */
@ApplicationScoped
public class EmployeeImport {

    /** Dates without a time of day (bekräftad, hälsning inspelad) are Swedish dates. */
    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private final ImportBatch batch;
    private final EmployeeRepository employees;
    private final int batchSize;

    public EmployeeImport(ImportBatch batch, EmployeeRepository employees,
            @ConfigProperty(name = "telefonpolicy.directory.import.batch-size", defaultValue = "500") int batchSize) {
        this.batch = batch;
        this.employees = employees;
        this.batchSize = batchSize;
    }

    /**
     * @param dateShift added to the file's dates (zero for HR files)
     * @param stop      asked between batches; true ends the import with an exception (the service is stopping)
     */
    public void run(InputStream file, boolean full, Duration dateShift, ImportBatch.Listener listener, BooleanSupplier stop) {
        EmployeeImportRules rules = new EmployeeImportRules(ZONE, dateShift);
        Map<String, Long> firstLineOfHrId = new HashMap<>();
        try (HrCsvReader reader = HrCsvReader.open(file)) {
            List<HrRow> rows = new ArrayList<>();
            List<RejectedRow> rejected = new ArrayList<>();
            long flushedRows = 0;
            for (HrCsvReader.Item item = reader.next(); item != null; item = reader.next()) {
                if (item instanceof HrCsvReader.Unreadable u) {
                    rejected.add(new RejectedRow(u.line(), u.hrId(), u.reason()));
                    if (u.hrId() != null) {
                        firstLineOfHrId.putIfAbsent(u.hrId(), u.line());
                    }
                } else if (item instanceof HrCsvReader.Row r) {
                    String hrId = EmployeeImportRules.hrId(r.row());
                    Long first = hrId == null ? null : firstLineOfHrId.putIfAbsent(hrId, r.line());
                    if (first != null) {
                        rejected.add(new RejectedRow(r.line(), hrId,
                                "Anställningsnumret " + hrId + " finns redan på rad " + first + " i filen"));
                    } else {
                        rows.add(r.row());
                    }
                }
                if (rows.size() + rejected.size() >= batchSize) {
                    checkStop(stop);
                    batch.upsert(rows, rejected, (int) (reader.rowsRead() - flushedRows), reader.bytesRead(), rules, listener);
                    flushedRows = reader.rowsRead();
                    rows = new ArrayList<>();
                    rejected = new ArrayList<>();
                }
            }
            batch.upsert(rows, rejected, (int) (reader.rowsRead() - flushedRows), reader.bytesRead(), rules, listener);
            if (full) {
                deactivateMissing(firstLineOfHrId, reader.bytesRead(), listener, stop);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deactivateMissing(Map<String, Long> inFile, long bytesRead, ImportBatch.Listener listener, BooleanSupplier stop) {
        List<String> missing = employees.activeHrIdsOutside(inFile.keySet());
        for (int from = 0; from < missing.size(); from += batchSize) {
            checkStop(stop);
            batch.deactivate(missing.subList(from, Math.min(missing.size(), from + batchSize)), bytesRead, listener);
        }
    }

    private static void checkStop(BooleanSupplier stop) {
        if (stop.getAsBoolean()) {
            throw new HrFileException("Importen avbröts eftersom tjänsten stoppades; kör den igen");
        }
    }
}
