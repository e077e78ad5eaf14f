using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Fapi.Analyzers.Benchmarks;

/// <summary>The measured operations, shared by the BenchmarkDotNet classes and the quick report.</summary>
internal static class Measure
{
    /// <summary>Every analyzer diagnostic of the compilation, failing when the count is not the workload's.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation, DiagnosticAnalyzer analyzer, int? expected)
    {
        var diagnostics = await Workload.WithAnalyzer(compilation, analyzer).GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
        Check(diagnostics, expected);
        return diagnostics;
    }

    /// <summary>What the IDE asks after a keystroke: the analyzer diagnostics of the edited document.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeFileAsync(Compilation compilation, SyntaxTree tree, DiagnosticAnalyzer analyzer)
        => await Workload.WithAnalyzer(compilation, analyzer).GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), filterSpan: null, default).ConfigureAwait(false);

    /// <summary>The compiler's own work on the edited document: binding it and its diagnostics.</summary>
    public static int CompileFile(Compilation compilation, SyntaxTree tree) => compilation.GetSemanticModel(tree).GetDiagnostics().Length;

    /// <summary>The analyzer's own execution time as the driver measures it (the number ReportAnalyzer prints), callbacks run one at a time.</summary>
    public static async Task<(TimeSpan Analyzer, int Diagnostics)> TimedAsync(Compilation compilation, DiagnosticAnalyzer analyzer)
    {
        var withAnalyzers = Workload.WithAnalyzer(compilation, analyzer, logTime: true);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
        var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, default).ConfigureAwait(false);
        return (telemetry.ExecutionTime, diagnostics.Length);
    }

    /// <summary>The wall time of a whole analysis, run concurrently as a build runs it.</summary>
    public static async Task<TimeSpan> WallAsync(Compilation compilation, DiagnosticAnalyzer analyzer)
    {
        var watch = Stopwatch.StartNew();
        await Workload.WithAnalyzer(compilation, analyzer).GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
        return watch.Elapsed;
    }

    public static void Check(ImmutableArray<Diagnostic> diagnostics, int? expected)
    {
        var errors = diagnostics.Where(d => d.Id is "AD0001").ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The analyzer threw: " + errors[0].GetMessage());
        }

        if (expected is { } count && diagnostics.Length != count)
        {
            throw new InvalidOperationException($"Expected {count} diagnostics, found {diagnostics.Length}: the benchmark no longer measures an analyzer that finds the workload's problems.");
        }
    }
}
