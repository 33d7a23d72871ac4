package org.restock.desktop.scene;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.restock.desktop.suggestions.SuggestionRow;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** Reading the real scene from a test thread, and saving it as a picture. */
final class SceneSupport {

    private SceneSupport() {
    }

    /** Runs {@code query} on the FX thread and waits for its answer. */
    static <T> T onFx(Callable<T> query) {
        try {
            return WaitForAsyncUtils.asyncFx(query).get();
        } catch (Exception e) {
            throw new AssertionError("could not read the scene: " + e, e);
        }
    }

    static void runFx(Runnable action) {
        onFx(() -> {
            action.run();
            return null;
        });
    }

    /** The table row showing the suggestion {@code id}, if it is rendered. */
    static Optional<TableRow<?>> rowNode(TableView<SuggestionRow> table, String id) {
        for (Node node : table.lookupAll(".table-row-cell")) {
            if (node instanceof TableRow<?> row && row.getItem() instanceof SuggestionRow item && item.id().equals(id)) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    /** The text of the cell in {@code columnId} of the row showing {@code id}; empty when not rendered. */
    static String cellText(TableView<SuggestionRow> table, String id, String columnId) {
        return onFx(() -> rowNode(table, id).flatMap(row -> row.lookupAll(".table-cell").stream()
                        .filter(cell -> cell instanceof TableCell<?, ?> c && c.getTableColumn() != null
                                && columnId.equals(c.getTableColumn().getId()))
                        .map(cell -> ((TableCell<?, ?>) cell).getText())
                        .findFirst())
                .orElse(""));
    }

    static boolean rowHasPseudoClass(TableView<SuggestionRow> table, String id, String pseudoClass) {
        return onFx(() -> rowNode(table, id)
                .map(row -> row.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals(pseudoClass)))
                .orElse(false));
    }

    /** Saves a snapshot of {@code scene} as a PNG under the screenshots folder (target/screenshots by default). */
    static Path screenshot(Scene scene, String name) throws IOException {
        WritableImage image = onFx(() -> scene.snapshot(null));
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                picture.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Path folder = Path.of(System.getProperty("restock.screenshots.dir", "target/screenshots"));
        Files.createDirectories(folder);
        Path file = folder.resolve(name + ".png");
        ImageIO.write(picture, "png", file.toFile());
        return file;
    }

    static void waitForFx() {
        WaitForAsyncUtils.waitForFxEvents();
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("call from the test thread");
        }
    }
}
