package org.leiojournal.ui.testing;

import java.lang.reflect.Field;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotContext;
import org.testfx.robot.BaseRobot;
import org.testfx.robot.KeyboardRobot;
import org.testfx.robot.MouseRobot;
import org.testfx.robot.MoveRobot;
import org.testfx.robot.SleepRobot;
import org.testfx.robot.WriteRobot;
import org.testfx.robot.impl.ClickRobotImpl;
import org.testfx.robot.impl.DragRobotImpl;
import org.testfx.robot.impl.KeyboardRobotImpl;
import org.testfx.robot.impl.MouseRobotImpl;
import org.testfx.robot.impl.MoveRobotImpl;
import org.testfx.robot.impl.ScrollRobotImpl;
import org.testfx.robot.impl.TypeRobotImpl;
import org.testfx.service.finder.WindowFinder;

/**
 * Gives a TestFX robot the same key presses, clicks and typed characters, each followed by {@link FxSettle} instead
 * of TestFX's fixed sleeps (five 10 ms rounds after every press and release, 25 ms more after each typed key). Only
 * the waits change: every event is sent as before, by TestFX's own robots. TestFX 4.0.18 builds its robots in a
 * context with no setters, so they are swapped by reflection.
 */
public final class SettlingRobots {

    private SettlingRobots() {
    }

    public static void install(FxRobot robot) {
        FxRobotContext context = robot.robotContext();
        BaseRobot base = context.getBaseRobot();
        SleepRobot sleep = context.getSleepRobot();
        MouseRobot mouse = new SettlingMouse(new MouseRobotImpl(base));
        KeyboardRobot keyboard = new SettlingKeyboard(new KeyboardRobotImpl(base));
        MoveRobot move = new MoveRobotImpl(base, mouse, sleep);
        set(context, "mouseRobot", mouse);
        set(context, "keyboardRobot", keyboard);
        set(context, "moveRobot", move);
        set(context, "clickRobot", new ClickRobotImpl(mouse, move, sleep)); // keeps its pause inside a double click
        set(context, "dragRobot", new DragRobotImpl(mouse, move));
        set(context, "scrollRobot", new ScrollRobotImpl(mouse));
        set(context, "typeRobot", new TypeRobotImpl(keyboard, new NoPause())); // each release has settled already
        set(context, "writeRobot", new SettlingWriter(base, sleep, context.getWindowFinder()));
    }

    private static void set(FxRobotContext context, String name, Object robot) {
        try {
            Field field = FxRobotContext.class.getDeclaredField(name);
            field.setAccessible(true);
            field.set(context, robot);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("TestFX's robot context has changed: no field " + name, e);
        }
    }

    /** The type robot's fixed 25 ms after each key, left out. */
    private static final class NoPause implements SleepRobot {
        @Override
        public void sleep(long milliseconds) {
        }

        @Override
        public void sleep(long duration, java.util.concurrent.TimeUnit unit) {
        }
    }

    /** TestFX's mouse, settling after each press, release, move and scroll. */
    private record SettlingMouse(MouseRobot mouse) implements MouseRobot {
        @Override
        public void press(MouseButton... buttons) {
            mouse.pressNoWait(buttons);
            FxSettle.settle();
        }

        @Override
        public void pressNoWait(MouseButton... buttons) {
            mouse.pressNoWait(buttons);
        }

        @Override
        public void release(MouseButton... buttons) {
            mouse.releaseNoWait(buttons);
            FxSettle.settle();
        }

        @Override
        public void releaseNoWait(MouseButton... buttons) {
            mouse.releaseNoWait(buttons);
        }

        @Override
        public void move(Point2D location) {
            mouse.moveNoWait(location);
            FxSettle.settle();
        }

        @Override
        public void moveNoWait(Point2D location) {
            mouse.moveNoWait(location);
        }

        @Override
        public void scroll(int amount) {
            mouse.scrollNoWait(amount);
            FxSettle.settle();
        }

        @Override
        public void scrollNoWait(int amount) {
            mouse.scrollNoWait(amount);
        }

        @Override
        public java.util.Set<MouseButton> getPressedButtons() {
            return mouse.getPressedButtons();
        }
    }

    /** TestFX's keyboard, settling after each press and release. */
    private record SettlingKeyboard(KeyboardRobot keyboard) implements KeyboardRobot {
        @Override
        public void press(KeyCode... keys) {
            keyboard.pressNoWait(keys);
            FxSettle.settle();
        }

        @Override
        public void pressNoWait(KeyCode... keys) {
            keyboard.pressNoWait(keys);
        }

        @Override
        public void release(KeyCode... keys) {
            keyboard.releaseNoWait(keys);
            FxSettle.settle();
        }

        @Override
        public void releaseNoWait(KeyCode... keys) {
            keyboard.releaseNoWait(keys);
        }

        @Override
        public java.util.Set<KeyCode> getPressedKeys() {
            return keyboard.getPressedKeys();
        }
    }

    /**
     * Types text one character at a time into the focused window's scene, as TestFX's writer does (the same key
     * events: Enter for a new line, Tab for a tab, else the character with no key code), settling after each.
     */
    private record SettlingWriter(BaseRobot base, SleepRobot sleep, WindowFinder windows) implements WriteRobot {
        @Override
        public void write(char character) {
            javafx.scene.Scene scene = targetWindow().getScene();
            base.typeKeyboard(scene, keyCode(character), Character.toString(character));
            FxSettle.settle();
        }

        @Override
        public void write(String text) {
            write(text, 0);
        }

        @Override
        public void write(String text, int sleepMillis) {
            for (char character : text.toCharArray()) {
                write(character);
                sleep.sleep(sleepMillis); // 0 unless a test asks for a pause (testfx.robot.write_sleep is 0)
            }
        }

        private Window targetWindow() {
            Window window = windows.window(Window::isFocused);
            if (window == null) {
                window = windows.targetWindow();
            }
            return window != null ? window : windows.window(0);
        }

        private static KeyCode keyCode(char character) {
            return switch (character) {
                case '\n' -> KeyCode.ENTER;
                case '\t' -> KeyCode.TAB;
                default -> KeyCode.UNDEFINED;
            };
        }
    }
}
