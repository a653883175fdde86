package org.beltmap.core.model;

/** One size class of SP 42.13330 (e.g. small &lt; 50,000): a town belongs to the first class whose minimum it reaches. */
public record SizeClass(String id, long minPopulation) {
}
