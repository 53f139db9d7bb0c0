package io.fastscanner.marketdata.budget;

class LocalRequestBudgetTest extends RequestBudgetContract {

    @Override
    RequestBudget budget(WindowLimit limit) {
        return new LocalRequestBudget(limit);
    }
}
