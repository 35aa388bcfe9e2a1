package jp.osaka.renkei.survey;

import java.util.List;

import jp.osaka.renkei.base.DomainException;

/** A response cannot be submitted while items are unanswered; carries their labels' item numbers. */
public class IncompleteResponseException extends DomainException {

    private final List<Integer> missingItemNumbers;

    IncompleteResponseException(List<Integer> missingItemNumbers) {
        super("answer.submit.incomplete", missingItemNumbers.size());
        this.missingItemNumbers = List.copyOf(missingItemNumbers);
    }

    public List<Integer> missingItemNumbers() {
        return missingItemNumbers;
    }
}
