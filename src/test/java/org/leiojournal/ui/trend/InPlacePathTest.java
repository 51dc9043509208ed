package org.leiojournal.ui.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import org.junit.jupiter.api.Test;

/** A path redrawn in place draws exactly what a new one would, keeping the elements it already had. */
class InPlacePathTest {

    @Test
    void aShorterDrawingMovesTheFirstElementsAndDropsTheRest() {
        Path path = new Path();
        InPlacePath drawing = new InPlacePath(path);
        drawing.begin();
        drawing.moveTo(0, 0);
        drawing.lineTo(10, 5);
        drawing.rectangle(1, 2, 3, 4);
        drawing.end();
        assertEquals(7, path.getElements().size());
        PathElement move = path.getElements().get(0);
        PathElement line = path.getElements().get(1);

        drawing.begin();
        drawing.moveTo(2, 3);
        drawing.lineTo(4, 6);
        drawing.end();

        assertEquals(List.of("MoveTo[x=2.0, y=3.0]", "LineTo[x=4.0, y=6.0]"),
                path.getElements().stream().map(PathElement::toString).toList());
        assertSame(move, path.getElements().get(0), "the same element, moved");
        assertSame(line, path.getElements().get(1));
    }

    @Test
    void aLongerOrDifferentDrawingAddsOrReplacesElements() {
        Path path = new Path();
        InPlacePath drawing = new InPlacePath(path);
        drawing.begin();
        drawing.moveTo(0, 0);
        drawing.hLineTo(5);
        drawing.end();

        drawing.begin();
        drawing.moveTo(0, 1);
        drawing.lineTo(1, 1); // a line where a horizontal line was: replaced
        drawing.moveTo(2, 2);
        drawing.lineTo(3, 3);
        drawing.end();

        assertEquals(List.of(MoveTo.class, LineTo.class, MoveTo.class, LineTo.class),
                path.getElements().stream().map(Object::getClass).toList());
        assertEquals("LineTo[x=3.0, y=3.0]", path.getElements().get(3).toString());
    }
}
