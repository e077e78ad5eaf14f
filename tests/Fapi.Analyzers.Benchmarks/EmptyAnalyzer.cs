using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Fapi.Analyzers.Benchmarks;

/// <summary>
/// The baseline: registers the actions the package's analyzer registers (a syntax tree action, an additional file
/// action, an operation block start with operation actions on the same kinds and a block end) and does nothing in them,
/// so the difference to the package is the package's own work, not the compiler's binding or the driver's callbacks.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class EmptyAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("EMPTY0001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Warning, true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            start.RegisterSyntaxTreeAction(_ => { });
            start.RegisterAdditionalFileAction(_ => { });
            start.RegisterOperationBlockStartAction(block =>
            {
                block.RegisterOperationAction(_ => { }, OperationKind.ObjectCreation, OperationKind.Invocation, OperationKind.Invalid);
                block.RegisterOperationBlockEndAction(_ => { });
            });
        });
    }
}
