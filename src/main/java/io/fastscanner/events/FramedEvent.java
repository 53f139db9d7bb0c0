package io.fastscanner.events;

/** A published event with its stream frame, encoded once and shared by every client that gets the event. */
record FramedEvent(ScanEvent event, SseFrame frame) {}
