package org.leiojournal.domain.treatment;

/** How a supportive medicine is taken: at set times each day, or only when needed. */
public enum MedicineSchedule {
    /** At one or more set times every day between its start and end dates. */
    FIXED_TIMES,
    /** When needed, such as an anti-sickness tablet or a painkiller for breakthrough pain: no set times. */
    AS_NEEDED
}
