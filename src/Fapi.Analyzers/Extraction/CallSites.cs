using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Fapi.Analyzers.Extraction;

/// <summary>
/// The call sites of the team's methods, found only when a configuration needs them: a value that comes from a
/// parameter (with one caller, the parameter has that caller's argument), or a client a method returns (its callers
/// may go on configuring it). The trees that name each identifier are indexed once per compilation, on first use.
/// </summary>
internal sealed class CallSites
{
    /// <summary>Beyond this many callers the engine stops looking: the method is a general factory.</summary>
    private const int MaxCallers = 8;

    private readonly Compilation _compilation;
    private readonly Lazy<Dictionary<string, List<(SyntaxTree Tree, int Position)>>> _namesIndex;
    private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<IInvocationOperation>?> _calls = new(SymbolEqualityComparer.Default);

    public CallSites(Compilation compilation)
    {
        _compilation = compilation;
        _namesIndex = new Lazy<Dictionary<string, List<(SyntaxTree, int)>>>(Index, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>True when some syntax tree of the compilation names <paramref name="identifier"/>.</summary>
    public bool IsNamed(string identifier) => _namesIndex.Value.ContainsKey(identifier);

    /// <summary>The argument passed for <paramref name="parameter"/> at the method's only call, or null.</summary>
    public IOperation? SingleArgument(IParameterSymbol parameter)
    {
        if (parameter.ContainingSymbol is not IMethodSymbol method || !IsPrivateToTheProject(method) || Calls(method) is not { Length: 1 } calls)
        {
            return null;
        }

        foreach (var argument in calls[0].Arguments)
        {
            if (argument.Parameter is { } bound && bound.Ordinal == parameter.Ordinal)
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>Every invocation of the method in the compilation; null where it is also used otherwise (a method group) or called too often.</summary>
    public ImmutableArray<IInvocationOperation>? Calls(IMethodSymbol method)
        => Uses(method) is null ? null : _calls.GetOrAdd(method.OriginalDefinition, Find);

    /// <summary>
    /// Every call of a method, or read of a property or field, of the team's code; null where a method is also used
    /// otherwise (a method group handed elsewhere) or the member is used too often.
    /// </summary>
    public ImmutableArray<IOperation>? Uses(ISymbol member)
    {
        if (member.DeclaringSyntaxReferences.IsEmpty || member.IsVirtual || member.IsAbstract || member.IsOverride)
        {
            return null;
        }

        return _uses.GetOrAdd(member.OriginalDefinition, FindUses);
    }

    private readonly ConcurrentDictionary<ISymbol, ImmutableArray<IOperation>?> _uses = new(SymbolEqualityComparer.Default);

    private ImmutableArray<IOperation>? FindUses(ISymbol member)
    {
        var found = ImmutableArray.CreateBuilder<IOperation>();
        SyntaxTree? modelTree = null;
        SemanticModel? model = null;
        foreach (var name in Names(member))
        {
            if (name.SyntaxTree != modelTree)
            {
#pragma warning disable RS1030 // Users live in other blocks, often other trees.
                (modelTree, model) = (name.SyntaxTree, _compilation.GetSemanticModel(name.SyntaxTree));
#pragma warning restore RS1030
            }

            // An extension method called on its receiver binds to its reduced form.
            var symbol = model!.GetSymbolInfo(name).Symbol;
            if (!SymbolEqualityComparer.Default.Equals(((symbol as IMethodSymbol)?.ReducedFrom ?? symbol)?.OriginalDefinition, member))
            {
                continue;
            }

            SyntaxNode used = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
            if (member is IMethodSymbol)
            {
                used = used.Parent is InvocationExpressionSyntax invocation ? invocation : used;
            }

            var operation = model!.GetOperation(used);
            var fits = member is IMethodSymbol ? operation is IInvocationOperation : operation is IPropertyReferenceOperation or IFieldReferenceOperation;
            if (!fits || found.Count == MaxCallers)
            {
                return null;
            }

            found.Add(operation!);
        }

        return found.ToImmutable();
    }

    /// <summary>
    /// The simple names that spell the member, tree by tree: for a private method or a local function in the trees that
    /// declare its type (the common case of a private factory, no index needed); otherwise where the index saw the name.
    /// </summary>
    private IEnumerable<SimpleNameSyntax> Names(ISymbol member)
    {
        if (member is IMethodSymbol { MethodKind: MethodKind.LocalFunction } || member.DeclaredAccessibility == Accessibility.Private)
        {
            var trees = new List<SyntaxTree>();
            foreach (var reference in member.ContainingType.DeclaringSyntaxReferences)
            {
                if (!trees.Contains(reference.SyntaxTree))
                {
                    trees.Add(reference.SyntaxTree);
                }
            }

            foreach (var tree in trees)
            {
                foreach (var node in tree.GetRoot().DescendantNodes())
                {
                    if (node is SimpleNameSyntax name && name.Identifier.ValueText == member.Name)
                    {
                        yield return name;
                    }
                }
            }

            yield break;
        }

        if (!_namesIndex.Value.TryGetValue(member.Name, out var occurrences))
        {
            yield break;
        }

        // Only the occurrences: a name every file declares (a generated factory) costs one look per file, not a walk.
        foreach (var (tree, position) in occurrences)
        {
            if (tree.GetRoot().FindToken(position).Parent is SimpleNameSyntax name && name.Identifier.ValueText == member.Name)
            {
                yield return name;
            }
        }
    }

    /// <summary>Every invocation of a method called <paramref name="name"/> in the compilation (a library's method: no symbol to start from).</summary>
    public IEnumerable<IInvocationOperation> Invocations(string name)
    {
        if (!_namesIndex.Value.TryGetValue(name, out var occurrences))
        {
            yield break;
        }

        SyntaxTree? modelTree = null;
        SemanticModel? model = null;
        foreach (var (tree, position) in occurrences)
        {
            if (tree.GetRoot().FindToken(position).Parent is not SimpleNameSyntax simple)
            {
                continue;
            }

            SyntaxNode called = simple.Parent is MemberAccessExpressionSyntax access && access.Name == simple ? access : simple;
            if (called.Parent is not InvocationExpressionSyntax invocation)
            {
                continue;
            }

            if (tree != modelTree)
            {
#pragma warning disable RS1030 // The calls live in every tree of the compilation.
                (modelTree, model) = (tree, _compilation.GetSemanticModel(tree));
#pragma warning restore RS1030
            }

            if (model!.GetOperation(invocation) is IInvocationOperation operation)
            {
                yield return operation;
            }
        }
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
                return true;
            }
        }

        return false;
    }

    /// <summary>A method's uses as invocations (<see cref="FindUses"/> refuses any other use of a method).</summary>
    private ImmutableArray<IInvocationOperation>? Find(IMethodSymbol method)
    {
        if (Uses(method) is not { } uses)
        {
            return null;
        }

        var calls = ImmutableArray.CreateBuilder<IInvocationOperation>(uses.Length);
        foreach (var use in uses)
        {
            calls.Add((IInvocationOperation)use);
        }

        return calls.MoveToImmutable();
    }

    /// <summary>Where each identifier stands: one pass over the compilation's tokens.</summary>
    private Dictionary<string, List<(SyntaxTree, int)>> Index()
    {
        var index = new Dictionary<string, List<(SyntaxTree, int)>>(StringComparer.Ordinal);
        foreach (var tree in _compilation.SyntaxTrees)
        {
            foreach (var token in tree.GetRoot().DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.IdentifierToken))
                {
                    if (!index.TryGetValue(token.ValueText, out var occurrences))
                    {
                        index.Add(token.ValueText, occurrences = new List<(SyntaxTree, int)>());
                    }

                    occurrences.Add((tree, token.SpanStart));
                }
            }
        }

        return index;
    }
}
