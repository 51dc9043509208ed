package org.leiojournal.domain.lab;

/**
 * Which side of the care team's level matters: "neutrophils at least 1.5 to treat" (AT_LEAST), or "bilirubin at
 * most …", "call at or above 150/100" (AT_MOST: the level itself is already over).
 */
public enum LevelDirection { AT_LEAST, AT_MOST }
