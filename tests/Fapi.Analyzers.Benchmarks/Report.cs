using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Fapi.Analyzers.Benchmarks;

/// <summary>
/// The quick numbers of docs/performance.md, in one process: per size, the compiler's binding time, each analyzer's
/// own execution time as the driver measures it (what ReportAnalyzer prints), the wall time of the analysis against
/// the empty baseline, and one keystroke in a configuration file. Medians of a few runs after a warm-up.
/// </summary>
internal static class Report
{
    /// <summary>Runs per size: five up to 2,000 files, three up to 5,000, one beyond (a 20,000-file run takes minutes).</summary>
    private static int Runs(int files) => files <= 2000 ? 5 : files <= 5000 ? 3 : 1;

    public static async Task RunAsync(IReadOnlyList<int> sizes)
    {
        Console.WriteLine("files | OAuth | compile (bind) | Fapi analyzer | share | empty analyzer | analysis wall Fapi / empty | diagnostics");
        foreach (var files in sizes)
        {
            foreach (var oauth in new[] { true, false })
            {
                await ProjectAsync(Workload.Create(files, oauth)).ConfigureAwait(false);
            }
        }

        Console.WriteLine();
        Console.WriteLine("files | keystroke: compile file | empty analyzer, file | Fapi analyzer, file | Fapi - empty / compile");
        foreach (var files in sizes)
        {
            await KeystrokeAsync(Workload.Create(files, oauth: true)).ConfigureAwait(false);
        }
    }

    private static async Task ProjectAsync(Workload workload)
    {
        // Warm-up: JIT of the compiler, the driver and both analyzers.
        await Measure.TimedAsync(workload.Compile(), new FapiAnalyzer()).ConfigureAwait(false);
        await Measure.TimedAsync(workload.Compile(), new EmptyAnalyzer()).ConfigureAwait(false);

        var compile = new List<double>();
        var fapi = new List<double>();
        var fapiWall = new List<double>();
        var empty = new List<double>();
        var emptyWall = new List<double>();
        var diagnostics = 0;
        for (var run = 0; run < Runs(workload.Files); run++)
        {
            var compilation = workload.Compile();
            var watch = Stopwatch.StartNew();
            compilation.GetDiagnostics();
            compile.Add(watch.Elapsed.TotalSeconds);

            var (analyzer, count) = await Measure.TimedAsync(workload.Compile(), new FapiAnalyzer()).ConfigureAwait(false);
            fapi.Add(analyzer.TotalSeconds);
            diagnostics = count;
            fapiWall.Add((await Measure.WallAsync(workload.Compile(), new FapiAnalyzer()).ConfigureAwait(false)).TotalSeconds);

            (analyzer, _) = await Measure.TimedAsync(workload.Compile(), new EmptyAnalyzer()).ConfigureAwait(false);
            empty.Add(analyzer.TotalSeconds);
            emptyWall.Add((await Measure.WallAsync(workload.Compile(), new EmptyAnalyzer()).ConfigureAwait(false)).TotalSeconds);
        }

        var status = diagnostics == workload.ExpectedDiagnostics ? "" : $" (expected {workload.ExpectedDiagnostics})";
        Console.WriteLine(string.Join(" | ",
            workload.Files, workload.OAuth ? "yes" : "no", Seconds(Median(compile)), Seconds(Median(fapi)),
            (Median(fapi) / Median(compile)).ToString("P2", CultureInfo.InvariantCulture), Seconds(Median(empty)),
            $"{Seconds(Median(fapiWall))} / {Seconds(Median(emptyWall))} = {(Median(fapiWall) / Median(emptyWall)).ToString("F2", CultureInfo.InvariantCulture)}x",
            diagnostics + status));
    }

    private static async Task KeystrokeAsync(Workload workload)
    {
        var opened = workload.Compile();
        await Measure.AnalyzeAsync(opened, new FapiAnalyzer(), workload.ExpectedDiagnostics).ConfigureAwait(false);
        var compile = new List<double>();
        var empty = new List<double>();
        var fapi = new List<double>();
        for (var keystroke = 0; keystroke < Runs(workload.Files) + 2; keystroke++)
        {
            compile.Add(await Time(async () => { var (c, t) = Workload.Edit(opened, keystroke); Measure.CompileFile(c, t); await Task.CompletedTask.ConfigureAwait(false); }).ConfigureAwait(false));
            empty.Add(await Time(() => { var (c, t) = Workload.Edit(opened, keystroke); return Measure.AnalyzeFileAsync(c, t, new EmptyAnalyzer()); }).ConfigureAwait(false));
            fapi.Add(await Time(() => { var (c, t) = Workload.Edit(opened, keystroke); return Measure.AnalyzeFileAsync(c, t, new FapiAnalyzer()); }).ConfigureAwait(false));
        }

        // The first keystrokes are the warm-up.
        compile.RemoveRange(0, 2);
        empty.RemoveRange(0, 2);
        fapi.RemoveRange(0, 2);
        Console.WriteLine(string.Join(" | ", workload.Files, Millis(Median(compile)), Millis(Median(empty)), Millis(Median(fapi)),
            ((Median(fapi) - Median(empty)) / Median(compile)).ToString("P0", CultureInfo.InvariantCulture)));
    }

    private static async Task<double> Time(Func<Task> action)
    {
        var watch = Stopwatch.StartNew();
        await action().ConfigureAwait(false);
        return watch.Elapsed.TotalSeconds;
    }

    private static double Median(List<double> values) => values.OrderBy(v => v).ElementAt(values.Count / 2);

    private static string Seconds(double value) => value.ToString("F3", CultureInfo.InvariantCulture) + " s";

    private static string Millis(double value) => (value * 1000).ToString("F1", CultureInfo.InvariantCulture) + " ms";
}
