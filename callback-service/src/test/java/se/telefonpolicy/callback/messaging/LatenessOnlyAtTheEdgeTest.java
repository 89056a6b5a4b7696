package se.telefonpolicy.callback.messaging;

import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static se.telefonpolicy.callback.EventTimeSupport.at;
import static se.telefonpolicy.callback.EventTimeSupport.heartbeats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.telefonpolicy.callback.EventTimeSupport;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.platform.watermark.Watermarks;

/**
 * The allowed lateness applies where a time is the edge's estimate (the PBX's topics), not on availability's topic,
 * whose heartbeats already promise no more than availability decided: one hop further from the PBX is not another
 * two minutes behind.
 */
@QuarkusTest
class LatenessOnlyAtTheEdgeTest {

    @Inject
    DataSource db;

    @Inject
    Watermarks watermarks;

    @Test
    void thePbxTopicsWatermarkIsTheLatestReadLessTheLatenessAServicesTopicsIsTheLatestRead() {
        LocalDate week = EventTimeSupport.freshWeek(db);
        Instant t = at(week, MONDAY, "09:00");
        heartbeats(watermarks, Topic.PBX_CALLS.topicName(), t);
        heartbeats(watermarks, Topic.AVAILABILITY_STATUS.topicName(), t);

        assertThat(watermarks.of(List.of(Topic.PBX_CALLS.topicName()))).contains(t.minus(watermarks.allowedLateness()));
        assertThat(watermarks.of(List.of(Topic.AVAILABILITY_STATUS.topicName()))).contains(t);
        assertThat(watermarks.of(List.of(Topic.PBX_CALLS.topicName(), Topic.AVAILABILITY_STATUS.topicName())))
                .contains(t.minus(watermarks.allowedLateness()));
    }
}
