using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Running;

namespace Fapi.Analyzers.Benchmarks;

/// <summary>
/// <c>report [sizes]</c> prints the quick in-process numbers of docs/performance.md; anything else goes to
/// BenchmarkDotNet (for example <c>--filter *</c>).
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

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, new BenchmarkConfig());
        return 0;
    }
}
