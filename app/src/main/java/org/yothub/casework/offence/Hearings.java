package org.yothub.casework.offence;

/** The hearing types and results the {@code hearing} table accepts. */
final class Hearings {
    static final String TYPES = "first_appearance|plea|trial|sentence|remand|review|breach|appeal|other";
    static final String RESULTS = "adjourned|bail|remanded|convicted|acquitted|sentenced|withdrawn|other";

    private Hearings() {
    }
}
