package se.telefonpolicy.directory.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.telefonpolicy.directory.persistence.ImportJobRepository.Job;
import se.telefonpolicy.directory.persistence.ImportJobRepository.State;

class ImportProgressTest {

    private static Job job(State state, long fileBytes, long bytesRead) {
        return new Job(UUID.randomUUID(), state, false, "admin-1", fileBytes, bytesRead, 0, 0, 0, 0, 0, 0, List.of(), null,
                Instant.EPOCH, null, null);
    }

    @Test
    void percentDoneFollowsTheBytesReadAndIsAHundredOnlyWhenTheJobHasSucceeded() {
        assertThat(ImportResource.percentDone(job(State.QUEUED, 15_000_000, 0))).isZero();
        assertThat(ImportResource.percentDone(job(State.RUNNING, 15_000_000, 5_000_000))).isEqualTo(33);
        assertThat(ImportResource.percentDone(job(State.RUNNING, 15_000_000, 15_000_000)))
                .as("read, but a full import may still be deactivating").isEqualTo(99);
        assertThat(ImportResource.percentDone(job(State.SUCCEEDED, 15_000_000, 15_000_000))).isEqualTo(100);
        assertThat(ImportResource.percentDone(job(State.FAILED, 15_000_000, 6_000_000))).isEqualTo(40);
    }
}
