package org.beltmap.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application. */
public class BeltMapApp extends Application {

    public static void launchApp(String[] args) {
        Application.launch(BeltMapApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("BeltMap");
        stage.show();
    }
}
