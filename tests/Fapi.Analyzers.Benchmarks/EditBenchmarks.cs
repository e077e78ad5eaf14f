using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Fapi.Analyzers.Benchmarks;

/// <summary>
/// One keystroke in the IDE: a new compilation that differs in one configuration file, and the diagnostics of that
/// file, against the compiler's own work on the same file (binding it) and the empty baseline.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class EditBenchmarks
{
    private CSharpCompilation _opened = null!;
    private CSharpCompilation _edited = null!;
    private SyntaxTree _tree = null!;
    private int _expected;
    private int _keystroke;

    [ParamsSource(typeof(Workload), nameof(Workload.Sizes))]
    public int Files { get; set; }

    [GlobalSetup]
    public void Open()
    {
        // The project as the IDE holds it once opened and analyzed: every unedited tree keeps its caches.
        var workload = Workload.Create(Files, oauth: true);
        _opened = workload.Compile();
        var all = Measure.AnalyzeAsync(_opened, new FapiAnalyzer(), workload.ExpectedDiagnostics).GetAwaiter().GetResult();
        _expected = all.Count(d => d.Location.SourceTree?.FilePath == Workload.EditedFile);
        if (_expected == 0)
        {
            throw new InvalidOperationException("The edited file must carry findings.");
        }
    }

    [IterationSetup]
    public void Type() => (_edited, _tree) = Workload.Edit(_opened, _keystroke++);

    [Benchmark(Baseline = true)]
    public int CompileFile() => Measure.CompileFile(_edited, _tree);

    [Benchmark]
    public Task<ImmutableArray<Diagnostic>> EmptyAnalyzer() => Measure.AnalyzeFileAsync(_edited, _tree, new EmptyAnalyzer());

    [Benchmark]
    public async Task<ImmutableArray<Diagnostic>> FapiAnalyzer()
    {
        var diagnostics = await Measure.AnalyzeFileAsync(_edited, _tree, new FapiAnalyzer()).ConfigureAwait(false);
        Measure.Check(diagnostics, _expected);
        return diagnostics;
    }
}
