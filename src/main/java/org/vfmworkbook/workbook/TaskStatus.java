package org.vfmworkbook.workbook;

import org.vfmworkbook.web.TaskListItem;

/** A step's progress in the GOV.UK task list's words. */
final class TaskStatus {

    private TaskStatus() {}

    static TaskListItem.Status of(StepProgress.Status status) {
        if (status == null) {
            return TaskListItem.Status.NOT_STARTED;
        }
        return switch (status) {
            case NOT_STARTED -> TaskListItem.Status.NOT_STARTED;
            case IN_PROGRESS -> TaskListItem.Status.IN_PROGRESS;
            case COMPLETED -> TaskListItem.Status.COMPLETED;
        };
    }
}
