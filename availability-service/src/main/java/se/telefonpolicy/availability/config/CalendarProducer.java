package se.telefonpolicy.availability.config;

import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;

import se.telefonpolicy.calendar.WorkingCalendar;

/** The shared Swedish calendar (closed days, Europe/Stockholm); immutable, built once (a singleton: the class is final, no proxy). */
public class CalendarProducer {

    @Produces
    @Singleton
    WorkingCalendar workingCalendar() {
        return WorkingCalendar.sweden();
    }
}
