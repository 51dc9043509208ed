package org.leiojournal.domain.treatment;

/** How the heart's pumping was measured: an echocardiogram (ultrasound) or a MUGA (nuclear) scan. */
public enum HeartScanKind {
    ECHO,
    MUGA
}
