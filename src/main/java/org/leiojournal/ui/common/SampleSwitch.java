package org.leiojournal.ui.common;

/**
 * Opening the sample journal and leaving it again. The composition root does the work (one journal open at a
 * time); screens only ask, and show the buttons only where there is somewhere to go.
 */
public interface SampleSwitch {

    /** Writes a fresh sample journal beside the user's own and opens it instead. */
    void exploreSample();

    /** Closes the sample and opens the user's own journal again. */
    void backToMyJournal();

    /** False while a sample is open, and where no switching is wired (a window on its own, as in tests). */
    boolean canExplore();

    /** False when the app was started on a sample folder itself: there is no journal of the user's to go to. */
    boolean canGoBack();

    SampleSwitch NONE = new SampleSwitch() {
        @Override
        public void exploreSample() {
        }

        @Override
        public void backToMyJournal() {
        }

        @Override
        public boolean canExplore() {
            return false;
        }

        @Override
        public boolean canGoBack() {
            return false;
        }
    };
}
