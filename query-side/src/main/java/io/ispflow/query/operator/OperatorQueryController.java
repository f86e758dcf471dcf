package io.ispflow.query.operator;

import io.ispflow.kernel.Actor;
import io.ispflow.kernel.operator.ListOperators;
import io.ispflow.kernel.operator.OperatorView;
import io.ispflow.query.Answers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** A tenant's OWNER lists its operators. */
@RestController
@RequestMapping("/api/v1/operators")
class OperatorQueryController {

    private final Answers answers;

    OperatorQueryController(Answers answers) {
        this.answers = answers;
    }

    @GetMapping
    List<OperatorView> list(Actor actor) {
        return answers.all(new ListOperators(actor.tenantId()), OperatorView.class);
    }
}
