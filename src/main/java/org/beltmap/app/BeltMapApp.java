package org.beltmap.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.beltmap.app.i18n.Messages;
import org.beltmap.app.settings.AppSettings;
import org.beltmap.app.settings.SampleLocator;
import org.beltmap.app.view.MainWindow;
import org.beltmap.app.viewmodel.MainViewModel;

/** The JavaFX application: opens the project given on the command line, else the last one, else the sample. */
public class BeltMapApp extends Application {

    // One worker for loading and analysis; work handed over while the window closes is dropped, not an error.
    private final ExecutorService background = new java.util.concurrent.ThreadPoolExecutor(1, 1, 0,
            java.util.concurrent.TimeUnit.MILLISECONDS, new java.util.concurrent.LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "beltmap-worker");
                t.setDaemon(true);
                return t;
            }, new java.util.concurrent.ThreadPoolExecutor.DiscardPolicy());
    private final java.util.concurrent.ScheduledExecutorService autosave =
            Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "beltmap-autosave");
                t.setDaemon(true);
                return t;
            });
    private MainWindow window;
    private MainViewModel viewModel;

    /** The settings, read while the toolkit starts (see {@link #launchApp}); null once taken, and in tests. */
    private static volatile java.util.concurrent.FutureTask<AppSettings> earlySettings;

    public static void launchApp(String[] args) {
        // The toolkit's start leaves a core idle: reading the settings there loads Jackson's ~500 classes (which
        // the project load needs too) off the UI thread's path to the first frame.
        java.util.concurrent.FutureTask<AppSettings> read = new java.util.concurrent.FutureTask<>(AppSettings::load);
        Thread t = new Thread(read, "beltmap-settings");
        t.setDaemon(true);
        t.start();
        earlySettings = read;
        Application.launch(BeltMapApp.class, args);
    }

    private static AppSettings settings() {
        java.util.concurrent.FutureTask<AppSettings> early = earlySettings;
        earlySettings = null;
        if (early != null) {
            try {
                return early.get();
            } catch (java.util.concurrent.ExecutionException e) {
                // read again below, on this thread
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return AppSettings.load();
    }

    @Override
    public void start(Stage stage) {
        StartupProbe.mark("fx");
        AppSettings settings = settings();
        org.beltmap.app.view.Theme.apply(settings);
        org.beltmap.app.map.OfflineTileRetriever.setOnlineTiles(settings.onlineTiles());
        org.beltmap.app.map.OfflineTileRetriever.preload();
        Messages messages = new Messages(settings.language() != null && System.getProperty("beltmap.lang") == null
                ? java.util.Locale.forLanguageTag(settings.language()) : Messages.defaultLocale());
        viewModel = new MainViewModel(messages, settings, background, Platform::runLater);
        // The project loads on the worker while the window is built: its region is published by a later
        // runLater, after the window's listeners are in place.
        viewModel.deferFirstAnalysis(r -> org.beltmap.app.map.FirstFrameGate.after(window.map().overlay(), r));
        initialProject(getParameters().getRaw(), settings).ifPresent(viewModel::open);
        window = new MainWindow(stage, viewModel, settings);
        StartupProbe.mark("window");
        window.setOnLanguageChange(locale -> switchLanguage(stage, settings, locale));
        stage.show();
        StartupProbe.mark("shown");
        // Autosave of unsaved edits to a recovery file every minute; the project file is only written by Save.
        autosave.scheduleAtFixedRate(() -> Platform.runLater(viewModel::autosave), 60, 60,
                java.util.concurrent.TimeUnit.SECONDS);
        if (StartupProbe.requested()) {
            new StartupProbe(viewModel, window.map()).start();
        }
    }

    /**
     * Rebuilds the window in another language without a restart. The new view model takes over the loaded region
     * and the analysis (nothing is read or computed again); unsaved edits go through the recovery file (as after a
     * crash, but restored without asking); the colour mode, selection, open tab, zoom and centre stay as they were.
     * The undo history starts afresh, as it would after a restart.
     */
    private void switchLanguage(Stage stage, AppSettings settings, java.util.Locale locale) {
        MainViewModel old = viewModel;
        MainWindow.ViewState view = window.viewState();
        Path project = old.getRegion() == null ? null : old.getRegion().project().file();
        boolean unsaved = old.undo().modifiedProperty().get() && project != null && old.autosave();
        viewModel = new MainViewModel(new Messages(locale), settings, background, Platform::runLater);
        window = new MainWindow(stage, viewModel, settings);
        window.setOnLanguageChange(l -> switchLanguage(stage, settings, l));
        // The same session: the user's answer about files outside the project folder stands.
        viewModel.continueFrom(old, unsaved);
        window.restore(view);
    }

    static Optional<Path> initialProject(List<String> args, AppSettings settings) {
        if (!args.isEmpty()) {
            return Optional.of(Path.of(args.get(0)));
        }
        Optional<Path> last = settings.recent().stream().filter(java.nio.file.Files::isRegularFile).findFirst();
        return last.isPresent() ? last : SampleLocator.find();
    }

    public MainWindow window() {
        return window;
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    @Override
    public void stop() {
        background.shutdownNow();
        autosave.shutdownNow();
    }
}
