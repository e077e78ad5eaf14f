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
internal sealed partial class CallSites
{
    /// <summary>Beyond this many callers the engine stops looking: the method is a general factory.</summary>
    private const int MaxCallers = 8;

    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<IInvocationOperation>?> _calls = new(SymbolEqualityComparer.Default);

    public CallSites(Compilation compilation)
    {
        _compilation = compilation;
    }

    /// <summary>True when some syntax tree of the compilation names <paramref name="identifier"/>.</summary>
    public bool IsNamed(string identifier) => _named.TryGetValue(identifier, out var known) ? known : _named.GetOrAdd(identifier, SpelledAnywhere);

    private readonly ConcurrentDictionary<string, bool> _named = new(StringComparer.Ordinal);

    private bool SpelledAnywhere(string identifier)
    {
        foreach (var tree in _compilation.SyntaxTrees)
        {
            if (Spellings.In(tree, identifier).Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The simple names that spell <paramref name="name"/> in the compilation's trees (<see cref="Spellings"/>).</summary>
    private IEnumerable<SimpleNameSyntax> Names(string name)
    {
        foreach (var tree in _compilation.SyntaxTrees)
        {
            foreach (var simple in Spellings.Names(tree, name))
            {
                yield return simple;
            }
        }
    }

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

        var definition = member.OriginalDefinition;
        return _uses.TryGetValue(definition, out var known) ? known : _uses.GetOrAdd(definition, FindUses);
    }

    private readonly ConcurrentDictionary<ISymbol, ImmutableArray<IOperation>?> _uses = new(SymbolEqualityComparer.Default);

    private ImmutableArray<IOperation>? FindUses(ISymbol member)
    {
        if (IsLocalToItsType(member))
        {
            return UsesAmong(NamesInDeclaringTrees(member), member);
        }

        // A static member of a static class is used through its class's name outside the class (Config.Clients): only
        // those spellings are bound, so a keystroke does not bind every file that uses the same member name.
        if (!_byName.ContainsKey(member.Name) && StaticMemberCandidates(member) is { } candidates)
        {
            return UsesAmong(candidates, member);
        }

        // Every spelling of a name is bound once per compilation and grouped by the member it names: a name every file
        // uses (Configure) costs one binding per spelling, not one per spelling for each member of that name.
        var byMember = _byName.GetOrAdd(member.Name, GroupUses);
        return !byMember.TryGetValue(member, out var uses) ? ImmutableArray<IOperation>.Empty : uses?.ToImmutableArray();
    }

    private readonly ConcurrentDictionary<string, Dictionary<ISymbol, List<IOperation>?>> _byName = new(StringComparer.Ordinal);

    private Dictionary<ISymbol, List<IOperation>?> GroupUses(string name)
    {
        var byMember = new Dictionary<ISymbol, List<IOperation>?>(SymbolEqualityComparer.Default);
        foreach (var simple in Names(name))
        {
            if (Use(simple) is not { } use || use.Symbol.DeclaringSyntaxReferences.IsEmpty)
            {
                continue;
            }

            if (!byMember.TryGetValue(use.Symbol, out var found))
            {
                byMember.Add(use.Symbol, found = new List<IOperation>());
            }

            if (found is not null && !Add(found, use.Operation))
            {
                // Used otherwise, or too often: no member of this name is followed through its uses.
                byMember[use.Symbol] = null;
            }
        }

        return byMember;
    }

    private ImmutableArray<IOperation>? UsesAmong(IEnumerable<SimpleNameSyntax> names, ISymbol member)
    {
        var found = new List<IOperation>();
        foreach (var name in names)
        {
            if (Use(name) is { } use && SymbolEqualityComparer.Default.Equals(use.Symbol, member) && !Add(found, use.Operation))
            {
                return null;
            }
        }

        return found.ToImmutableArray();
    }

    /// <summary>Adds a use that fits (a call of a method, a read of a property or field); false when it does not, or there are too many.</summary>
    private static bool Add(List<IOperation> found, IOperation? operation)
    {
        if (operation is null || found.Count == MaxCallers)
        {
            return false;
        }

        found.Add(operation);
        return true;
    }

    /// <summary>The member a simple name stands for, and its use: the call (for a method) or the reference; the operation is null when it is another use.</summary>
    private (ISymbol Symbol, IOperation? Operation)? Use(SimpleNameSyntax name)
    {
#pragma warning disable RS1030 // Users live in other blocks, often other trees.
        var model = _models.GetOrAdd(name.SyntaxTree, tree => _compilation.GetSemanticModel(tree));
#pragma warning restore RS1030

        // An extension method called on its receiver binds to its reduced form.
        var symbol = model.GetSymbolInfo(name).Symbol;
        if (((symbol as IMethodSymbol)?.ReducedFrom ?? symbol)?.OriginalDefinition is not { } member)
        {
            return null;
        }

        SyntaxNode used = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
        if (member is IMethodSymbol)
        {
            used = used.Parent is InvocationExpressionSyntax invocation ? invocation : used;
        }

        var operation = model.GetOperation(used);
        var fits = member is IMethodSymbol ? operation is IInvocationOperation : operation is IPropertyReferenceOperation or IFieldReferenceOperation;
        return (member, fits ? operation : null);
    }

    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new();

    private static bool IsLocalToItsType(ISymbol member)
        => member is IMethodSymbol { MethodKind: MethodKind.LocalFunction } || member.DeclaredAccessibility == Accessibility.Private;

    /// <summary>The simple names that spell a member in the trees that declare its type (every part of it): where its own name alone reaches it.</summary>
    private static IEnumerable<SimpleNameSyntax> NamesInDeclaringTrees(ISymbol member)
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
            foreach (var simple in Spellings.Names(tree, member.Name))
            {
                yield return simple;
            }
        }
    }

    /// <summary>Every invocation of a method called <paramref name="name"/> in the compilation (a library's method: no symbol to start from).</summary>
    public IEnumerable<IInvocationOperation> Invocations(string name)
    {
        foreach (var simple in Names(name))
        {
            var tree = simple.SyntaxTree;
            SyntaxNode called = simple.Parent is MemberAccessExpressionSyntax access && access.Name == simple ? access : simple;
#pragma warning disable RS1030 // The calls live in every tree of the compilation.
            if (called.Parent is InvocationExpressionSyntax invocation
                && _models.GetOrAdd(tree, t => _compilation.GetSemanticModel(t)).GetOperation(invocation) is IInvocationOperation operation)
#pragma warning restore RS1030
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
}
