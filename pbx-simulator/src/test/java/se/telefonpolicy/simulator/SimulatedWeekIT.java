package se.telefonpolicy.simulator;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The services started the other way round from how they depend on each other: compliance first, the directory
 * last, so every consumer starts before what it reads exists. Dependency order (directory first) is the easy case;
 * ReplayInAnyOrderIT launches its three services in that order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimulatedWeekIT extends SimulatedWeek {

    @BeforeAll
    void start() {
        startInOrder("compliance", "callback", "availability", "directory");
    }

    @AfterAll
    void stop() {
        stopAll();
    }

    @Test
    void theReportsAndThePublishedBreachesOfASimulatedWeekEqualTheSimulatorsExpectation() throws Exception {
        // a week long decided: 2–8 November 2026 (deadlines by 10 November)
        playAndCompare(20141124L, LocalDate.of(2026, 11, 2));
    }
}
