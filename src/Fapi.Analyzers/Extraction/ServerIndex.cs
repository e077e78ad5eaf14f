using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Fapi.Analyzers.Bindings;
using Fapi.Analyzers.Facts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Fapi.Analyzers.Extraction;

/// <summary>
/// The server configurations (registrations such as AddSidIdentityServer) of a whole compilation, found once and
/// only when a client asks: a client that leaves a server-provided setting unset is judged by the server instead.
/// </summary>
internal sealed class ServerIndex
{
    private readonly Lazy<ImmutableArray<(string Library, ClientConfiguration Server)>> _servers;

    public ServerIndex(BoundBindings bindings, CancellationToken cancellationToken)
        => _servers = new Lazy<ImmutableArray<(string, ClientConfiguration)>>(() => Find(bindings, cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);

    public ImmutableArray<ClientConfiguration> Servers(LibraryBinding library)
    {
        var builder = ImmutableArray.CreateBuilder<ClientConfiguration>();
        foreach (var (name, server) in _servers.Value)
        {
            if (name == library.Name)
            {
                builder.Add(server);
            }
        }

        return builder.ToImmutable();
    }

    private static ImmutableArray<(string, ClientConfiguration)> Find(BoundBindings bindings, CancellationToken cancellationToken)
    {
        var result = ImmutableArray.CreateBuilder<(string, ClientConfiguration)>();
        if (bindings.RegistrationMethodNames.Count == 0)
        {
            return result.ToImmutable();
        }

        var extractor = new Extractor(bindings, servers: null);
        foreach (var tree in bindings.Compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!Mentions(tree, bindings.RegistrationMethodNames, cancellationToken))
            {
                continue;
            }

#pragma warning disable RS1030 // Registrations live in other trees than the client being analyzed.
            var model = bindings.Compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
            var blocks = new HashSet<SyntaxNode>();
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                if (node is InvocationExpressionSyntax invocation && bindings.RegistrationMethodNames.Contains(NameOf(invocation))
                    && EnclosingBlock(invocation) is { } block && blocks.Add(block)
                    && model.GetOperation(block, cancellationToken) is { } operation)
                {
                    foreach (var server in extractor.ExtractRegistrations(operation))
                    {
                        if (server.Library is { } library)
                        {
                            result.Add((library, server));
                        }
                    }
                }
            }
        }

        return result.ToImmutable();
    }

    private static bool Mentions(SyntaxTree tree, HashSet<string> names, CancellationToken cancellationToken)
    {
        var text = tree.GetText(cancellationToken).ToString();
        foreach (var name in names)
        {
            if (text.IndexOf(name, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The body whose operation block holds the registration: a member, an accessor, or the top-level statements.</summary>
    private static SyntaxNode? EnclosingBlock(SyntaxNode node)
    {
        SyntaxNode? found = null;
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax:
                    return current;
                case ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax or IndexerDeclarationSyntax }:
                    return current;
                case VariableDeclaratorSyntax { Initializer: { } initializer } when current.Parent?.Parent is FieldDeclarationSyntax:
                    return initializer.Value;
                case GlobalStatementSyntax global:
                    found = global.Parent;
                    break;
            }
        }

        return found;
    }

    private static string NameOf(InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        SimpleNameSyntax name => name.Identifier.ValueText,
        _ => "",
    };
}
