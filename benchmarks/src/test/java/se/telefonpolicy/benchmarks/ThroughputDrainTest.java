package se.telefonpolicy.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.telefonpolicy.benchmarks.ThroughputDrain.GroupPoll;
import se.telefonpolicy.benchmarks.ThroughputDrain.GroupTimeline;

/** How ThroughputDrain reads a group's polls and /proc. */
class ThroughputDrainTest {

    @Test
    void aGroupHasCaughtUpAtTheFirstZeroLagFromWhichItStaysLow() {
        GroupTimeline t = new GroupTimeline(50);
        t.poll(1, new GroupPoll(-1, -1));          // not there yet
        t.poll(2, new GroupPoll(250, 9_000));      // first commit
        t.poll(3, new GroupPoll(5_000, 0));        // its own backlog done ...
        t.poll(4, new GroupPoll(5_000, 3_000));    // ... but upstream published more
        t.poll(5, new GroupPoll(8_000, 0));        // caught up here
        t.poll(6, new GroupPoll(8_010, 12));       // a heartbeat, not yet committed: still caught up
        t.poll(7, new GroupPoll(8_012, 0));

        assertThat(t.firstCommitAt()).contains(2.0);
        assertThat(t.caughtUpAt()).contains(5.0);
        assertThat(t.committed()).isEqualTo(8_012);
        assertThat(t.settled(14, 10)).isFalse();
        assertThat(t.settled(15, 10)).isTrue();
    }

    @Test
    void aLowLagThatWasNeverZeroIsNotCaughtUp() {
        GroupTimeline t = new GroupTimeline(50);
        t.poll(1, new GroupPoll(100, 40));
        t.poll(2, new GroupPoll(120, 30));

        assertThat(t.caughtUpAt()).isEmpty();
        assertThat(t.settled(100, 10)).isFalse();
    }

    @Test
    void readsUserAndSystemTimeAfterACommandNameWithSpaces() {
        // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime ...
        String stat = "4242 (C2 Compiler) S 1 4242 4242 0 -1 4194560 100 0 0 0 1234 566 70 30 20 0 30 0";

        assertThat(ThroughputDrain.cpuSeconds(stat, false)).isEqualTo(18.0);
        assertThat(ThroughputDrain.cpuSeconds(stat, true)).isEqualTo(19.0);
    }

    @Test
    void readsTheResidentSetInKilobytes() {
        assertThat(ThroughputDrain.rssKb("Name:\tjava\nVmPeak:\t 9999 kB\nVmRSS:\t  362144 kB\nThreads:\t40\n"))
                .isEqualTo(362_144);
    }
}
