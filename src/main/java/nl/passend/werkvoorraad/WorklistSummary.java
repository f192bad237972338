package nl.passend.werkvoorraad;

/** How many open steps a user has, and how many of them are near their date or late (no pupil data). */
public record WorklistSummary(int open, int near, int overdue) {
}
