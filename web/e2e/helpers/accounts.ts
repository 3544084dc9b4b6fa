import { adminLogin } from '../../../scripts/lib/cms-admin-api';
import { stack } from './stack';

/**
 * A moderator account of its own for a test that changes its password (the demo moderator's is shared by the
 * other browser tests), made as an admin would in the content manager.
 */
export async function createModerator(email: string, password: string): Promise<void> {
  const session = await adminLogin(stack.cmsUrl, stack.admin);
  const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${session.token}` };
  const roles = (await (await fetch(`${stack.cmsUrl}/users-permissions/roles`, { headers })).json()) as {
    roles: { id: number; type: string }[];
  };
  const moderator = roles.roles.find((role) => role.type === 'moderator');
  if (!moderator) throw new Error('the Moderator role is missing');
  const response = await fetch(
    `${stack.cmsUrl}/content-manager/collection-types/plugin::users-permissions.user`,
    {
      method: 'POST',
      headers,
      body: JSON.stringify({
        username: email.split('@')[0],
        email,
        password,
        confirmed: true,
        blocked: false,
        role: { connect: [{ id: moderator.id }] },
      }),
    },
  );
  if (!response.ok) throw new Error(`creating ${email} failed: ${response.status} ${await response.text()}`);
}
