package id.kemas.cli;

import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints an error that escaped a command as one line a user can act on; the stack trace only with
 * {@code --verbose}. The exit code comes from {@link ExitCodes#forException}.
 */
final class ErrorReporter implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        int code = ExitCodes.forException(e);
        String kind = code == ExitCodes.EXIT_IO ? "error" : "internal error";
        err.println("kemas: " + kind + ": " + describe(e));
        if (parsed.expandedArgs().contains("--verbose")) {
            e.printStackTrace(err);
        } else if (code == ExitCodes.EXIT_INTERNAL) {
            err.println("Run the same command with --verbose to see where it happened, and report it.");
        }
        err.flush();
        return code;
    }

    /** The message of an exception in words, naming the file for file-system errors. */
    static String describe(Throwable e) {
        Throwable t = e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        if (t instanceof NoSuchFileException f) return "no such file or folder: " + f.getFile();
        if (t instanceof AccessDeniedException f) return "permission denied: " + f.getFile();
        if (t instanceof FileAlreadyExistsException f) return "already exists: " + f.getFile();
        if (t instanceof NotDirectoryException f) return "not a folder: " + f.getFile();
        if (t instanceof DirectoryNotEmptyException f) return "is a folder that is not empty: " + f.getFile();
        if (t instanceof FileSystemException f) {
            String reason = f.getReason() == null ? "cannot be used" : f.getReason();
            return f.getFile() + ": " + reason + (f.getOtherFile() == null ? "" : " (" + f.getOtherFile() + ")");
        }
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }
}
