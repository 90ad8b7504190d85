package org.iom.americas.kernel.error;

/**
 * The record does not exist, or the caller may not know that it does: both answer the same, so ids of other
 * organisations cannot be probed.
 */
public class RecordNotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public RecordNotFoundException(String recordType, Object id) {
        super("problem.notFound.detail", recordType, String.valueOf(id));
    }
}
