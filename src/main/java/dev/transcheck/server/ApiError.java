package dev.transcheck.server;

/** An answer other than 200: its status and the one-line message of its JSON body {"error": "..."}. */
final class ApiError extends RuntimeException {
    final int status;

    ApiError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }
}
