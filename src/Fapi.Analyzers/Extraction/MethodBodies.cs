using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Fapi.Analyzers.Extraction;

/// <summary>
/// The bodies of the team's own methods (helpers, extension methods, local functions) that take or return a configured
/// object, bound once per compilation and only when a configuration passes through them.
/// </summary>
internal sealed class MethodBodies
{
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<IMethodSymbol, IOperation?> _bodies = new(SymbolEqualityComparer.Default);

    public MethodBodies(Compilation compilation) => _compilation = compilation;

    /// <summary>The body of a method declared in this compilation, or null where there is none to read.</summary>
    public IOperation? Body(IMethodSymbol method)
    {
        var definition = method.OriginalDefinition;
        if (_bodies.TryGetValue(definition, out var body))
        {
            return body;
        }

        body = Bind(definition);
        _bodies.TryAdd(definition, body);
        return body;
    }

    /// <summary>
    /// True when a call the engine cannot read may change a configured object: the team's own abstract, interface or
    /// delegate calls, and third-party code. The framework and the bound libraries' unbound members do not.
    /// </summary>
    public static bool MayChangeUnseen(IMethodSymbol method, BoundBindings bindings)
    {
        if (method.MethodKind == MethodKind.DelegateInvoke || method.ContainingAssembly is not { } assembly)
        {
            return true;
        }

        if (SymbolEqualityComparer.Default.Equals(assembly, bindings.Compilation.Assembly))
        {
            return true;
        }

        var name = assembly.Name;
        var framework = name.StartsWith("System", System.StringComparison.Ordinal) || name.StartsWith("Microsoft.", System.StringComparison.Ordinal)
                        || name == "mscorlib" || name == "netstandard";
        return !framework && !bindings.IsLibraryAssembly(assembly);
    }

    private IOperation? Bind(IMethodSymbol method)
    {
        if (method.IsAbstract || method.IsExtern || method.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var syntax = method.DeclaringSyntaxReferences[0].GetSyntax();
        if (syntax is not (BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax) || !_compilation.ContainsSyntaxTree(syntax.SyntaxTree))
        {
            return null;
        }

#pragma warning disable RS1030 // Helpers live in other trees and blocks than the configuration being analyzed.
        var model = _compilation.GetSemanticModel(syntax.SyntaxTree);
#pragma warning restore RS1030
        return model.GetOperation(syntax) switch
        {
            ILocalFunctionOperation local => local.Body ?? (IOperation?)local.IgnoredBody,
            IMethodBodyOperation body => body.BlockBody ?? (IOperation?)body.ExpressionBody,
            _ => null,
        };
    }
}
