using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Fapi.Analyzers.Extraction;

/// <summary>
/// The one call site of a team's private or internal method, found only when a configuration value comes from one of
/// its parameters: with one caller, the parameter has that caller's argument.
/// </summary>
internal sealed class CallSites
{
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<IMethodSymbol, IInvocationOperation?> _single = new(SymbolEqualityComparer.Default);

    public CallSites(Compilation compilation) => _compilation = compilation;

    /// <summary>The argument passed for <paramref name="parameter"/> at the method's only call, or null.</summary>
    public IOperation? SingleArgument(IParameterSymbol parameter)
    {
        if (parameter.ContainingSymbol is not IMethodSymbol method || !IsPrivateToTheProject(method))
        {
            return null;
        }

        if (_single.GetOrAdd(method.OriginalDefinition, Find) is not { } call)
        {
            return null;
        }

        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter is { } bound && bound.Ordinal == parameter.Ordinal)
            {
                return argument.Value;
            }
        }

        return null;
    }

    private static bool IsPrivateToTheProject(IMethodSymbol method)
    {
        if (method.MethodKind == MethodKind.LocalFunction)
        {
            return true;
        }

        for (ISymbol? symbol = method; symbol is not null and not INamespaceSymbol; symbol = symbol.ContainingSymbol)
        {
            if (symbol.DeclaredAccessibility is Accessibility.Private or Accessibility.Internal or Accessibility.ProtectedAndInternal)
            {
                return !method.IsVirtual && !method.IsAbstract && !method.IsOverride;
            }
        }

        return false;
    }

    /// <summary>The only invocation of the method in the compilation; null when there are none, several, or other references.</summary>
    private IInvocationOperation? Find(IMethodSymbol method)
    {
        IInvocationOperation? found = null;
        foreach (var tree in _compilation.SyntaxTrees)
        {
            if (tree.GetText().ToString().IndexOf(method.Name, StringComparison.Ordinal) < 0)
            {
                continue;
            }

#pragma warning disable RS1030 // The caller lives in another block, often another tree.
            var model = _compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (node is not SimpleNameSyntax name || name.Identifier.ValueText != method.Name
                    || !SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name).Symbol?.OriginalDefinition, method))
                {
                    continue;
                }

                // A method group handed elsewhere may be called from anywhere.
                var invocation = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access.Parent : name.Parent;
                if (found is not null || invocation is not InvocationExpressionSyntax || model.GetOperation(invocation) is not IInvocationOperation call)
                {
                    return null;
                }

                found = call;
            }
        }

        return found;
    }
}
