package io.facescribe.dataset.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import io.facescribe.dataset.DatasetInputs;
import io.facescribe.dataset.RecordMaker;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;

/** A partition of units → their records as JSON lines, made by the executor's shared worker. */
final class RecordTask implements FlatMapFunction<Iterator<DatasetInputs.Unit>, String> {

    private static final long serialVersionUID = 1L;

    private final TaskSpec spec;
    private final Broadcast<Set<String>> done;

    RecordTask(TaskSpec spec, Broadcast<Set<String>> done) {
        this.spec = spec;
        this.done = done;
    }

    @Override
    public Iterator<String> call(Iterator<DatasetInputs.Unit> units) {
        RecordMaker maker = ExecutorWorker.maker(spec);
        Set<String> skip = done.value();
        List<String> out = new ArrayList<>();
        while (units.hasNext()) {
            try (var items = units.next().items()) {
                items.filter(i -> !skip.contains(i.path())).map(maker::make)
                        .forEach(r -> out.add(r.toString()));
            }
        }
        return out.iterator();
    }
}
