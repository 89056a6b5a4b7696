package se.telefonpolicy.callback.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.callback.domain.CallbackDeadlines;

/** Wires the plain-Java domain to its configuration. */
public class CallbackBeans {

    @Produces
    @Singleton
    WorkingCalendar workingCalendar() {
        return WorkingCalendar.sweden();
    }

    @Produces
    @Singleton
    CallbackDeadlines callbackDeadlines(WorkingCalendar calendar,
            @ConfigProperty(name = "telefonpolicy.callback.working-days") int workingDays) {
        return new CallbackDeadlines(calendar, workingDays);
    }
}
