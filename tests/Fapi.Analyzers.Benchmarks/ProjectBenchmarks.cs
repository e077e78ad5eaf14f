using System.Collections.Immutable;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace Fapi.Analyzers.Benchmarks;

/// <summary>A whole project analyzed as a build does: freshly parsed files, the package against the empty baseline.</summary>
[Config(typeof(BenchmarkConfig))]
public class ProjectBenchmarks
{
    private Workload _workload = null!;
    private Compilation _compilation = null!;

    [ParamsSource(typeof(Workload), nameof(Workload.Sizes))]
    public int Files { get; set; }

    /// <summary>False: a project that references no OAuth library (the package must cost next to nothing).</summary>
    [Params(true, false)]
    public bool OAuth { get; set; }

    [GlobalSetup]
    public void CreateWorkload() => _workload = Workload.Create(Files, OAuth);

    [IterationSetup]
    public void Parse() => _compilation = _workload.Compile();

    [Benchmark(Baseline = true)]
    public Task<ImmutableArray<Diagnostic>> EmptyAnalyzer() => Measure.AnalyzeAsync(_compilation, new EmptyAnalyzer(), expected: 0);

    [Benchmark]
    public Task<ImmutableArray<Diagnostic>> FapiAnalyzer() => Measure.AnalyzeAsync(_compilation, new FapiAnalyzer(), _workload.ExpectedDiagnostics);
}
