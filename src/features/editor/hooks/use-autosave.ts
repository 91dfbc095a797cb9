import { useEffect, useLayoutEffect, useState } from 'react';
import type { SaveRoundupRequest } from '@/contract/roundup-endpoints';
import type { Roundup } from '@/schema/roundup';
import { useSaveRoundup } from '../api/save-roundup';
import { AutosaveController, defaultAutosaveTiming, type AutosaveTiming } from '../lib/autosave-controller';
import type { SaveState } from './save-state';

interface AutosaveOptions {
  roundup: Roundup;
  /** The version the editor content is based on; older than `roundup.version` when restored from the journal. */
  baseVersion?: number;
  snapshot: () => Omit<SaveRoundupRequest, 'baseVersion'>;
  onSaved?: (roundup: Roundup) => void;
  timing?: AutosaveTiming;
}

/** Autosave for one open roundup: the controller holds the rules, React holds the visible state. */
export function useAutosave({ roundup, baseVersion, snapshot, onSaved, timing = defaultAutosaveTiming }: AutosaveOptions) {
  const { mutateAsync } = useSaveRoundup();
  const [state, setState] = useState<SaveState>({ kind: 'saved', savedAt: roundup.updatedAt });
  const [controller] = useState(
    () =>
      new AutosaveController(
        {
          send: ({ request, idempotencyKey }) => mutateAsync({ id: roundup.id, request, idempotencyKey }),
          snapshot,
          onState: setState,
          onSaved,
        },
        { baseVersion: baseVersion ?? roundup.version, savedAt: roundup.updatedAt },
        timing,
      ),
  );

  useLayoutEffect(() => {
    controller.update({
      send: ({ request, idempotencyKey }) => mutateAsync({ id: roundup.id, request, idempotencyKey }),
      snapshot,
      onState: setState,
      onSaved,
    });
  }, [controller, mutateAsync, onSaved, roundup.id, snapshot]);

  useEffect(() => {
    controller.activate();
    const online = () => controller.online();
    const offline = () => controller.offline();
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
      controller.dispose();
    };
  }, [controller]);

  return { state, controller };
}
