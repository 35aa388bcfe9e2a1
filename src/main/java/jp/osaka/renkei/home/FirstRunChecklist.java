package jp.osaka.renkei.home;

import java.util.Map;

/** The first-run checklist's state: whether each step is done, in the steps' order. */
public record FirstRunChecklist(Map<FirstRunStep, Boolean> steps) {

    public FirstRunChecklist {
        steps = Map.copyOf(steps);
    }

    public boolean done(FirstRunStep step) {
        return steps.getOrDefault(step, false);
    }

    /** Every step is done: the checklist is no longer shown. */
    public boolean complete() {
        return java.util.Arrays.stream(FirstRunStep.values()).allMatch(this::done);
    }
}
