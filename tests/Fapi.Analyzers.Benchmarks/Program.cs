using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Running;

namespace Fapi.Analyzers.Benchmarks;

/// <summary>
/// <c>report [sizes]</c> prints the quick in-process numbers of docs/performance.md; <c>repeat files runs</c> and
/// <c>keystrokes files count</c> only run the package's analysis, for a profiler (dotnet-trace) to watch; anything else
/// goes to BenchmarkDotNet (for example <c>--filter *</c>).
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "report")
        {
            var sizes = args.Skip(1).Select(int.Parse).DefaultIfEmpty(2000).ToArray();
            await Report.RunAsync(sizes).ConfigureAwait(false);
            return 0;
        }

        if (args.Length == 3 && args[0] is "repeat" or "keystrokes")
        {
            var workload = Workload.Create(int.Parse(args[1]), oauth: true);
            var opened = workload.Compile();
            for (var run = 0; run < int.Parse(args[2]); run++)
            {
                if (args[0] == "repeat")
                {
                    await Measure.AnalyzeAsync(workload.Compile(), new FapiAnalyzer(), workload.ExpectedDiagnostics).ConfigureAwait(false);
                }
                else
                {
                    var (edited, tree) = Workload.Edit(opened, run);
                    await Measure.AnalyzeFileAsync(edited, tree, new FapiAnalyzer()).ConfigureAwait(false);
                }
            }

            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, new BenchmarkConfig());
        return 0;
    }
}
