package jp.osaka.renkei.load;

/** The app answered something a browser would not have accepted, or an error the user would have seen. */
final class ProtocolException extends RuntimeException {

    ProtocolException(String message) {
        super(message);
    }
}
