package org.leiojournal.domain.guidance;

/** How the Guidance screen groups its panels, in the order it lists them. */
public enum GuidanceCategory {
    ABOUT_LMS,
    TREATMENT,
    REGIMEN,
    DRUG,
    SYMPTOM,
    LIVING_WITH
}
